pmSearch.shard("61-73",{"as":[1,10]});
