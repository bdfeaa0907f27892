pmSearch.shard("61-72",{"are":[0,1,1,1,1,1]});
