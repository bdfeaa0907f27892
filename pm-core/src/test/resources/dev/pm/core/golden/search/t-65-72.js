pmSearch.shard("65-72",{"error":[0,2]});
