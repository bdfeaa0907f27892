pmSearch.shard("74-65",{"technical":[0,1]});
