pmSearch.shard("61-66",{"after":[0,8]});
