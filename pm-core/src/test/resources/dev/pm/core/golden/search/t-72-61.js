pmSearch.shard("72-61",{"ran":[1,1],"rate":[0,2]});
