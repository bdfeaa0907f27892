pmSearch.shard("77-65",{"we":[0,1,1,1,1,1],"were":[0,1]});
