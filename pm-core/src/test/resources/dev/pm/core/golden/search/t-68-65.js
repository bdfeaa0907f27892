pmSearch.shard("68-65",{"healthy":[0,2]});
