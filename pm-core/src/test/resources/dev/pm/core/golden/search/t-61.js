pmSearch.shard("61",{"a":[0,10,1,1,1,10]});
