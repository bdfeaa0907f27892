pmSearch.shard("61",{"a":[0,11,1,1,1,10]});
