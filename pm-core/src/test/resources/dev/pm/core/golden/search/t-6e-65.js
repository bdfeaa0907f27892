pmSearch.shard("6e-65",{"network":[2,5]});
