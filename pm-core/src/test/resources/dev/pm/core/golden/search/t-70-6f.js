pmSearch.shard("70-6f",{"pool":[0,2]});
