pmSearch.shard("61-67",{"again":[0,2]});
