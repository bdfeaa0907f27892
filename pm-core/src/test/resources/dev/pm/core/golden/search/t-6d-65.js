pmSearch.shard("6d-65",{"memory":[1,3]});
