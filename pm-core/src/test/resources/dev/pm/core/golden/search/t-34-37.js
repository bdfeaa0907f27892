pmSearch.shard("34-37",{"47":[0,17]});
