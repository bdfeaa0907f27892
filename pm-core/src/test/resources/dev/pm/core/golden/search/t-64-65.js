pmSearch.shard("64-65",{"deploy":[0,5]});
