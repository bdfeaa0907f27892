pmSearch.shard("30-33",{"03":[0,1]});
