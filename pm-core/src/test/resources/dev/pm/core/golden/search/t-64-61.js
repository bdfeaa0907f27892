pmSearch.shard("64-61",{"database":[0,6,1,1]});
