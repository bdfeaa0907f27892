pmSearch.shard("73-74",{"stage":[0,3],"store":[0,1]});
