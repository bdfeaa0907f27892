pmSearch.shard("31-34",{"14z":[0,1]});
