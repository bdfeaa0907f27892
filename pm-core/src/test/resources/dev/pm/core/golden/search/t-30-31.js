pmSearch.shard("30-31",{"01":[0,1]});
