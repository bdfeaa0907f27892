pmSearch.shard("62-65",{"before":[2,2],"begins":[0,2]});
