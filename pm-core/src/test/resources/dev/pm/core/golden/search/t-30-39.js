pmSearch.shard("30-39",{"09":[0,1]});
