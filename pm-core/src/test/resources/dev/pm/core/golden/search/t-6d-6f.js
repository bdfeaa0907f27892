pmSearch.shard("6d-6f",{"most":[0,8]});
