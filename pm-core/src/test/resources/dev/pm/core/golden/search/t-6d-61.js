pmSearch.shard("6d-61",{"made":[0,1],"many":[0,1,2,1]});
