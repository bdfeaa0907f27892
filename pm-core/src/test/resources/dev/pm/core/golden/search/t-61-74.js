pmSearch.shard("61-74",{"at":[2,1],"attempts":[0,1]});
