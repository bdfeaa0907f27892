pmSearch.shard("62-65",{"before":[2,1],"begins":[0,2]});
