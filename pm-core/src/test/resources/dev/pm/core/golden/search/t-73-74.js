pmSearch.shard("73-74",{"stage":[0,2],"store":[0,1]});
