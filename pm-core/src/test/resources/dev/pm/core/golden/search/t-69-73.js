pmSearch.shard("69-73",{"is":[0,2]});
