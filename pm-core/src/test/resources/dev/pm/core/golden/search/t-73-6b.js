pmSearch.shard("73-6b",{"skip":[0,1]});
