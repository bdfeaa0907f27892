pmSearch.shard("69-6e",{"in":[0,2]});
