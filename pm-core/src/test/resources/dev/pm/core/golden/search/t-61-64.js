pmSearch.shard("61-64",{"add":[0,2]});
