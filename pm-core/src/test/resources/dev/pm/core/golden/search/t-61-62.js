pmSearch.shard("61-62",{"about":[0,1]});
