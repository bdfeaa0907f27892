pmSearch.shard("75-6e",{"unavailable":[0,16]});
