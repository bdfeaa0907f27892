pmSearch.shard("61-70",{"api":[0,4,1,4,1,17]});
