pmSearch.shard("66-72",{"from":[0,1]});
