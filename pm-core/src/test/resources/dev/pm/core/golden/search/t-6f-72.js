pmSearch.shard("6f-72",{"orders":[0,2]});
