pmSearch.shard("31-30",{"10":[0,1]});
