pmSearch.shard("7a-6f",{"zone":[2,2]});
