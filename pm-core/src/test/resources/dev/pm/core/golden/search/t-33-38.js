pmSearch.shard("33-38",{"38":[0,1]});
