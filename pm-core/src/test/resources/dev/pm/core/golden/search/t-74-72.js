pmSearch.shard("74-72",{"track":[0,2]});
