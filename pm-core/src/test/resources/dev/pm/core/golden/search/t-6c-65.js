pmSearch.shard("6c-65",{"left":[2,8]});
