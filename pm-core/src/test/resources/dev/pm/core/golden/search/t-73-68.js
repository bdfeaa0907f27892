pmSearch.shard("73-68",{"shared":[0,1]});
