pmSearch.shard("63-61",{"cache":[1,3],"canary":[0,3],"card":[1,9]});
