pmSearch.shard("32-31",{"21":[0,1]});
