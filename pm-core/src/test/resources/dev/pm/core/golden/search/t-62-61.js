pmSearch.shard("62-61",{"back":[0,2]});
