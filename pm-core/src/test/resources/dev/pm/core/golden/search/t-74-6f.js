pmSearch.shard("74-6f",{"to":[0,2,1,1],"took":[1,9]});
