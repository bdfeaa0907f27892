pmSearch.shard("61-63",{"account":[0,1]});
