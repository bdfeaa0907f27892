pmSearch.shard("73-75",{"summary":[0,1,2,1]});
