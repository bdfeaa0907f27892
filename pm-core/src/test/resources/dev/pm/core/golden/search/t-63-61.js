pmSearch.shard("63-61",{"cache":[1,2],"canary":[0,2],"card":[1,9]});
