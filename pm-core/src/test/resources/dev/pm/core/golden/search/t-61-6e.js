pmSearch.shard("61-6e",{"and":[1,1,1,9],"answers":[2,8]});
