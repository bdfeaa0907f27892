pmSearch.shard("61-6c",{"alert":[0,2,1,2],"all":[2,1]});
