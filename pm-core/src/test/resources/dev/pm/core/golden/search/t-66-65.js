pmSearch.shard("66-65",{"fell":[1,1]});
